import { describe, expect, test } from 'vitest';
import { isLocalPeer, type Caller } from '../../src/api/access/caller.ts';
import { curatorName } from '../../src/api/access/curator-name.ts';

const anonymous = (address: string): Caller => ({ authenticated: false, name: null, keysConfigured: false, address, identity: `address:${address}` });
const keyed: Caller = { authenticated: true, name: 'analyst-7', keysConfigured: true, address: '198.51.100.4', identity: 'key:analyst-7' };

describe('who a curation is recorded as', () => {
  test.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', 'in-process'])('%s is a peer on this machine', (address) => {
    expect(isLocalPeer(address)).toBe(true);
  });

  test.each(['10.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', '127.0.0.1.example', 'unknown', ''])('%s is not', (address) => {
    expect(isLocalPeer(address)).toBe(false);
  });

  test('with keys, the key name, whatever the peer', () => {
    expect(curatorName(keyed, null)).toBe('analyst-7');
    expect(curatorName(keyed, '  ')).toBe('analyst-7');
  });

  test('with keys, a curator header is FORBIDDEN even when it repeats the key name', () => {
    for (const header of ['someone-else', 'analyst-7']) {
      expect(() => curatorName(keyed, header)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('x-parley-user') }));
    }
  });

  test('without keys, the trimmed header from this machine, "local" from elsewhere or without one', () => {
    expect(curatorName(anonymous('::1'), ' analyst-7 ')).toBe('analyst-7');
    expect(curatorName(anonymous('::1'), '')).toBe('local');
    expect(curatorName(anonymous('::1'), null)).toBe('local');
    expect(curatorName(anonymous('192.0.2.1'), 'analyst-7')).toBe('local');
    expect(curatorName(undefined, 'analyst-7')).toBe('local');
  });
});
