import { describe, expect, it } from 'vitest';
import {
  isLoopbackHost,
  isSameOriginUpgrade,
  isServedHost,
  isServedOrigin,
  servedHosts,
  tokenFromCookie,
  tokenFromUrl,
  tokenMatches,
} from './access';

describe('headless access policy', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['192.168.1.10', false],
    ['::', false],
    ['localhost.evil.com', false],
    ['127.0.0.1.nip.io', false],
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

describe('served hosts (DNS rebinding)', () => {
  it('lists the loopback names and the --host given, nothing else', () => {
    const s = servedHosts('127.0.0.2', 4820, {});
    expect([...s].sort()).toEqual(['127.0.0.1:4820', '127.0.0.2:4820', '[::1]:4820', 'localhost:4820']);
    expect(isServedHost('evil.example:4820', s)).toBe(false);
    expect(isServedHost('LOCALHOST:4820', s)).toBe(true);
    expect(isServedHost(undefined, s)).toBe(false);
    expect(isServedOrigin('http://localhost:4820', s)).toBe(true);
    expect(isServedOrigin('http://evil.example:4820', s)).toBe(false);
    expect(isServedOrigin('null', s)).toBe(false);
  });
  it('on a wildcard address, the interface addresses', () => {
    const ifs = {
      eth0: [
        { address: '192.168.1.5', family: 'IPv4' },
        { address: 'fe80::1%eth0', family: 'IPv6' },
      ],
    } as never;
    expect(servedHosts('0.0.0.0', 80, ifs).has('192.168.1.5')).toBe(true);
    expect(servedHosts('0.0.0.0', 80, ifs).has('[fe80::1]:80')).toBe(false);
    expect(servedHosts('::', 81, ifs).has('[fe80::1]:81')).toBe(true);
  });
});
