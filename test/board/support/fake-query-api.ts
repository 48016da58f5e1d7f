import { Controller, Get, Global, Headers, Module, Param, Query, UnauthorizedException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { BoardModule } from '@chitieu/board';
import { APP_CONFIG } from '@chitieu/http';
import { boardFixture, type BoardFixture } from './board-fixture';

/**
 * A stand-in for the query API, shaped like the read side's answers, so the board's page can be
 * driven in a browser on its own. `state` is what the API answers; tests change it and move
 * `head` to stand for a newly projected event. With `token` set, queries want that bearer token.
 */
export interface FakeApiState {
  data: BoardFixture;
  head: number;
  token: string | null;
  queries: { path: string; query: Record<string, string> }[];
}


function fakeController(state: FakeApiState) {
  @Controller()
  class FakeQueryController {
    private read(path: string, query: Record<string, string>, auth: string | undefined) {
      state.queries.push({ path, query });
      if (state.token && auth !== `Bearer ${state.token}`) throw new UnauthorizedException({ type: 'about:blank', title: 'Send a bearer token', status: 401, code: 'AUTH.TOKEN_MISSING' });
    }
    @Get('api/health')
    health() {
      return { status: 'ok', checks: { database: { status: 'ok', headPosition: String(state.head) } } };
    }
    @Get('api/v1/programs/:id/summary')
    summary(@Param('id') id: string, @Query() q: Record<string, string>, @Headers('authorization') a?: string) {
      this.read(`summary:${id}`, q, a);
      return { ...state.data.summary, asOf: q.asOf || state.data.summary.asOf };
    }
    @Get('api/v1/programs/:id/indicators')
    indicators(@Query() q: Record<string, string>, @Headers('authorization') a?: string) {
      this.read('indicators', q, a);
      // Two pages, so the page must follow the cursor to show all 27.
      return q.cursor ? { items: state.data.indicators.slice(20), nextCursor: null } : { items: state.data.indicators.slice(0, 20), nextCursor: 'page-2' };
    }
    @Get('api/v1/directives')
    directives(@Query() q: Record<string, string>, @Headers('authorization') a?: string) {
      this.read('directives', q, a);
      return { items: state.data.directives, nextCursor: null };
    }
    @Get('api/v1/units')
    units(@Query() q: Record<string, string>, @Headers('authorization') a?: string) {
      this.read('units', q, a);
      return { items: state.data.units, nextCursor: null };
    }
  }
  return FakeQueryController;
}

export async function startFakeQueryApi(options: { token?: string } = {}): Promise<{ url: string; state: FakeApiState; close(): Promise<void> }> {
  const state: FakeApiState = { data: boardFixture(), head: 100, token: options.token ?? null, queries: [] };
  @Global()
  @Module({ providers: [{ provide: APP_CONFIG, useValue: { PUBLIC_BOARD: !options.token } }], exports: [APP_CONFIG] })
  class FakeConfigModule {}
  @Module({ imports: [FakeConfigModule, BoardModule], controllers: [fakeController(state)] })
  class FakeAppModule {}
  const app = await NestFactory.create<NestFastifyApplication>(FakeAppModule, new FastifyAdapter(), { logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, state, close: () => app.close() };
}
