import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../web/src/lib/router.svelte.ts';

describe('routes', () => {
  it('maps permalinks to pairs and everything else home', () => {
    expect(parseRoute('/pair/fizzbuzz')).toEqual({ kind: 'pair', name: 'fizzbuzz' });
    expect(parseRoute('/pair/fizzbuzz/')).toEqual({ kind: 'pair', name: 'fizzbuzz' });
    expect(parseRoute('/')).toEqual({ kind: 'home' });
    expect(parseRoute('/pair/')).toEqual({ kind: 'home' });
    expect(parseRoute('/elsewhere')).toEqual({ kind: 'home' });
  });
});
