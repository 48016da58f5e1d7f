import { Writable } from 'node:stream';
import pino from 'pino';
import { PinoNestLogger } from '@chitieu/http';

/** Nest hands boot failures to the logger as Error objects; they must reach the log with their message. */
describe('PinoNestLogger', () => {
  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) });
    return { lines, logger: new PinoNestLogger(pino({ level: 'info' }, stream)) };
  };

  it('writes an Error with its message and stack, not an empty line', () => {
    const { lines, logger } = capture();
    logger.error(new Error('no project root above /tmp/x'), undefined, 'ExceptionHandler');
    expect(lines[0]).toMatchObject({ level: 50, context: 'ExceptionHandler', msg: 'no project root above /tmp/x', err: { message: 'no project root above /tmp/x', stack: expect.stringContaining('Error: no project root') } });
  });

  it('still spreads plain objects and writes strings as the message', () => {
    const { lines, logger } = capture();
    logger.log({ url: '/x' }, 'http');
    logger.warn('careful', 'boot');
    expect(lines).toMatchObject([{ level: 30, context: 'http', url: '/x' }, { level: 40, context: 'boot', msg: 'careful' }]);
  });
});
