import { PositionBoard } from './position-board';

describe('position board (read-your-writes)', () => {
  it('resolves a wait once every projection reached the position', async () => {
    const board = new PositionBoard(['a', 'b']);
    const waiting = board.wait(10n, 1000);
    board.advance('a', 12n);
    expect(board.reached(10n)).toBe(false);
    board.advance('b', 10n);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('never moves a position back on a late report, but a rebuild may set it', () => {
    const board = new PositionBoard(['a']);
    board.advance('a', 12n);
    board.advance('a', 7n);
    expect(board.get('a')).toBe(12n);
    board.set('a', 9n);
    expect(board.get('a')).toBe(9n);
  });

  it('gives up with READ_MODEL.NOT_CAUGHT_UP naming the lagging projection', async () => {
    const board = new PositionBoard(['a', 'b']);
    board.advance('a', 20n);
    await expect(board.wait(20n, 10)).rejects.toMatchObject({
      code: 'READ_MODEL.NOT_CAUGHT_UP', kind: 'unavailable', details: { lagging: [{ name: 'b', position: '0' }], retryAfter: 1 },
    });
  });
});
