import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isSameOriginUpgrade, tokenFromCookie, tokenFromUrl, tokenMatches } from './access';

describe('headless access policy', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['localhost', true], ['::1', true], ['[::1]', true],
    ['0.0.0.0', false], ['192.168.1.10', false], ['::', false], ['localhost.evil.com', false], ['127.0.0.1.nip.io', false],
  ])('loopback %s → %s', (host, expected) => expect(isLoopbackHost(host)).toBe(expected));

  it.each([
    ['http://127.0.0.1:4820', '127.0.0.1:4820', true],
    ['http://localhost:4820', 'localhost:4820', true],
    ['http://evil.com', '127.0.0.1:4820', false],
    ['http://127.0.0.1:9999', '127.0.0.1:4820', false],
    ['http://127.0.0.1:4820.evil.com', '127.0.0.1:4820', false],
    ['null', '127.0.0.1:4820', false],
    ['file://', '127.0.0.1:4820', false],
    ['chrome-extension://abc', '127.0.0.1:4820', false],
    ['http://user@127.0.0.1:4820', '127.0.0.1:4820', true],
  ])('upgrade from origin %s to host %s → %s', (origin, host, expected) => expect(isSameOriginUpgrade(origin, host)).toBe(expected));

  it('tokens are compared exactly', () => {
    expect(tokenMatches(null, undefined)).toBe(true);
    expect(tokenMatches('s3cret', 's3cret')).toBe(true);
    expect(tokenMatches('s3cret', 's3cre')).toBe(false);
    expect(tokenMatches('s3cret', '')).toBe(false);
    expect(tokenFromUrl('/ws?token=abc')).toBe('abc');
    expect(tokenFromCookie('a=1; monps_token=xyz; b=2')).toBe('xyz');
  });
});
