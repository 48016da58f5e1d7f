export * from './board.module';
export { BOARD_FILES, findProjectRoot, loadBoardAssets } from './infrastructure/board-assets';
export { DEFAULT_PROGRAM_ID } from './infrastructure/board.controller';
