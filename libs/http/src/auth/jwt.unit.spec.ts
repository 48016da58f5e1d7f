import * as jwt from 'jsonwebtoken';
import { TokenService } from './jwt';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('TokenService', () => {
  const tokens = new TokenService(SECRET, '1h');

  it('verifies what it signed, with the subject, role and unit', () => {
    const principal = tokens.verify(tokens.sign({ sub: 'quan-ba-dinh-01', role: 'unit', unit: 'quan-ba-dinh' }));
    expect(principal).toMatchObject({ actor: 'quan-ba-dinh-01', role: 'unit', unit: 'quan-ba-dinh', anonymous: false });
  });

  it('refuses a token signed with another secret, with alg none, or expired, saying which', () => {
    const other = new TokenService('another-secret-of-at-least-thirty-two-chars', '1h').sign({ sub: 'x', role: 'viewer' });
    expect(tokens.verify(other)).toEqual({ refused: 'token signature or format invalid' });
    const none = jwt.sign({ role: 'admin' }, '', { algorithm: 'none', subject: 'x', issuer: 'chitieu', expiresIn: '1h' });
    expect(tokens.verify(none)).toEqual({ refused: 'token signature or format invalid' });
    const expired = jwt.sign({ role: 'viewer' }, SECRET, { algorithm: 'HS256', subject: 'x', issuer: 'chitieu', expiresIn: -10 });
    expect(tokens.verify(expired)).toEqual({ refused: 'token expired' });
  });

  it('accepts a token signed elsewhere with the same secret as text (other services, the token script)', () => {
    const token = jwt.sign({ role: 'viewer' }, SECRET, { algorithm: 'HS256', subject: 'lanh-dao', issuer: 'chitieu', expiresIn: '1h' });
    expect(tokens.verify(token)).toMatchObject({ actor: 'lanh-dao', role: 'viewer' });
  });
});
