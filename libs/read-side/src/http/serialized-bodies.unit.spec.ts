import { SerializedBodies } from './serialized-bodies';

describe('SerializedBodies', () => {
  it('serialises an answer once per variant and gives each request its own knownAt', () => {
    const bodies = new SerializedBodies();
    const answer = { total: 27, note: 'Chương trình 08-CTr/TU' };
    let built = 0;
    const build = (knownAt: string) => ((built += 1), { ...answer, knownAt });
    const first = bodies.text(answer, 'q1', '2026-11-28T07:00:00.000Z', build);
    const second = bodies.text(answer, 'q1', '2026-11-28T07:00:05.000Z', build);
    expect(JSON.parse(first)).toEqual({ total: 27, note: 'Chương trình 08-CTr/TU', knownAt: '2026-11-28T07:00:00.000Z' });
    expect(JSON.parse(second)).toEqual({ total: 27, note: 'Chương trình 08-CTr/TU', knownAt: '2026-11-28T07:00:05.000Z' });
    expect(built).toBe(1);
    bodies.text(answer, 'q2', '2026-11-28T07:00:05.000Z', build);
    expect(built).toBe(2);
  });

  it('serialises again for a new answer (a projection moved)', () => {
    const bodies = new SerializedBodies();
    const build = (a: { total: number }) => (knownAt: string) => ({ ...a, knownAt });
    expect(JSON.parse(bodies.text({ total: 1 }, 'q', 'k', build({ total: 1 })))).toEqual({ total: 1, knownAt: 'k' });
    expect(JSON.parse(bodies.text({ total: 2 }, 'q', 'k', build({ total: 2 })))).toEqual({ total: 2, knownAt: 'k' });
  });
});
