import { Module } from '@nestjs/common';
import { loadBoardAssets } from './infrastructure/board-assets';
import { BOARD_ASSETS, BoardController } from './infrastructure/board.controller';

/** The status board at / and its files under /board/; apps import it beside the query API. */
@Module({
  controllers: [BoardController],
  providers: [{ provide: BOARD_ASSETS, useFactory: () => loadBoardAssets() }],
})
export class BoardModule {}
