/**
 * Settings for the memory allocator of Astro's bundler, given to the Astro
 * build's process when it starts (the allocator reads them once, when the
 * bundler's native module loads). Rolldown allocates with mimalloc, which
 * returns freed pages to the system only after a delay (1 s by default) and
 * only when the thread that freed them allocates again: the bundler's worker
 * threads go idle after bundling, so about 1.5 GB it no longer used stayed
 * resident through page generation at 3,000 articles, and its peak rose with
 * it. Purging at once kept the process at 2.8 GB instead of 3.8 GB.
 */

/**
 * The allocator settings for the Astro build's environment: purge freed
 * memory at once (`MIMALLOC_PURGE_DELAY=0`), unless the environment already
 * says otherwise.
 * @example bundlerAllocatorEnv({}) // { MIMALLOC_PURGE_DELAY: '0' }
 */
export function bundlerAllocatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0' };
}
