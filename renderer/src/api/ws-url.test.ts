import { describe, expect, it } from 'vitest';
import { buildWsUrl, readToken } from './ws-url';

const loc = (href: string) => {
  const u = new URL(href);
  return { protocol: u.protocol, host: u.host, search: u.search, hash: u.hash };
};

describe('buildWsUrl', () => {
  it('targets the host that served the page', () => {
    expect(buildWsUrl(loc('http://127.0.0.1:4010/'), '/ws')).toBe('ws://127.0.0.1:4010/ws');
    expect(buildWsUrl(loc('https://box.lan/app/'), '/ws')).toBe('wss://box.lan/ws');
  });
  it('passes the token through, encoded', () => {
    expect(buildWsUrl(loc('http://h:1/?token=a b&x=1'), '/ws')).toBe('ws://h:1/ws?token=a+b');
    expect(buildWsUrl(loc('http://h:1/#token=xyz'), '/ws')).toBe('ws://h:1/ws?token=xyz');
  });
  it('refuses pages not served over http(s)', () => {
    expect(buildWsUrl(loc('file:///C:/app/index.html'), '/ws')).toBeNull();
  });
  it('ignores a host or path smuggled in the token', () => {
    expect(buildWsUrl(loc('http://h:1/?token=@evil.com/x'), '/ws')).toBe('ws://h:1/ws?token=%40evil.com%2Fx');
  });
});

describe('readToken', () => {
  it('reads query first, then hash forms', () => {
    expect(readToken('?token=q', '#token=h')).toBe('q');
    expect(readToken('', '#/board?token=h')).toBe('h');
    expect(readToken('', '')).toBeNull();
  });
});
