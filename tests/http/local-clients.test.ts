import { describe, expect, it } from 'vitest';
import { isLocalRequest, isLoopbackAddress, isLoopbackUrl } from '../../src/http/local-clients.js';

describe('who counts as this machine', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', false],
    ['10.0.0.1', false],
    ['192.0.2.2', false],
    ['::', false],
    ['fe80::1', false],
    ['localhost', false], // a name is not an address
    ['', false],
    [undefined, false],
  ])('address %s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:3978/', true],
    ['http://localhost:3978', true],
    ['https://[::1]:8443/x', true],
    ['http://127.0.0.1.nip.io/', false],
    ['http://evil.localhost/', false],
    ['https://smba.trafficmanager.net/emea/', false],
    ['http://10.1.2.3/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    [42, false],
  ])('service URL %s is local: %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });

  it('a request relayed by a proxy on this machine is not local', () => {
    const socket = { remoteAddress: '127.0.0.1' } as never;
    const headers = { host: 'localhost:3000' };
    expect(isLocalRequest({ headers, socket })).toBe(true);
    expect(isLocalRequest({ headers: { host: '127.0.0.1' }, socket })).toBe(true);
    expect(isLocalRequest({ headers: { host: '[::1]:3000' }, socket })).toBe(true);
    expect(isLocalRequest({ headers: { ...headers, 'x-forwarded-for': '203.0.113.9' }, socket })).toBe(false);
    expect(isLocalRequest({ headers: { ...headers, forwarded: 'for=203.0.113.9' }, socket })).toBe(false);
    expect(isLocalRequest({ headers: { ...headers, 'x-real-ip': '203.0.113.9' }, socket })).toBe(false);
    expect(isLocalRequest({ headers, socket: { remoteAddress: '192.0.2.2' } as never })).toBe(false);
  });

  it('a request for another host name reaching loopback (DNS rebinding) is not local', () => {
    const socket = { remoteAddress: '127.0.0.1' } as never;
    for (const host of ['evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io', '', 'localhost:3000/x']) {
      expect(isLocalRequest({ headers: { host }, socket }), host).toBe(false);
    }
    expect(isLocalRequest({ headers: {}, socket })).toBe(false);
  });
});
