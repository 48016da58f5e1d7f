import { Controller, Get, Headers, Inject, Optional, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@chitieu/kernel';
import { APP_CONFIG, Public, type AppConfig } from '@chitieu/http';
import { BOARD_SECURITY_HEADERS, type BoardAsset } from './board-assets';

export const BOARD_ASSETS = Symbol('BOARD_ASSETS');
/** The program the board shows when the URL names none. */
export const DEFAULT_PROGRAM_ID = 'hn-08-2021';

/**
 * The status board: one static page and its files. Public, because the page holds no data; the
 * data comes from the query API, which asks for a viewer token unless PUBLIC_BOARD=true.
 */
@ApiExcludeController()
@Controller()
export class BoardController {
  constructor(
    @Inject(BOARD_ASSETS) private readonly assets: Map<string, BoardAsset>,
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  @Get()
  @Public()
  page(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply): void {
    this.send('index.html', ifNoneMatch, reply);
  }

  /** What the page needs to know before its first query: whether to ask for a token. */
  @Get('board/config.json')
  @Public()
  settings(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.headers({ 'cache-control': 'no-store' });
    return { publicBoard: this.config?.PUBLIC_BOARD ?? false, programId: DEFAULT_PROGRAM_ID, refreshSeconds: 5 };
  }

  @Get('board/:file')
  @Public()
  file(@Param('file') file: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply): void {
    this.send(file, ifNoneMatch, reply);
  }

  private send(name: string, ifNoneMatch: string | undefined, reply: FastifyReply): void {
    const asset = this.assets.get(name);
    if (!asset) throw new DomainError('BOARD.FILE_NOT_FOUND', `The board has no file named ${JSON.stringify(name)}`, 'not_found', 'file');
    void reply.headers({ ...BOARD_SECURITY_HEADERS, etag: asset.etag, 'content-type': asset.contentType });
    if (ifNoneMatch === asset.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).send(asset.body);
  }
}
