/**
 * Every property test runs from a fixed seed, so a failure replays exactly:
 * set ATLAS_PROPERTY_SEED to try another one.
 */
import fc from 'fast-check';

const seed = Number(process.env.ATLAS_PROPERTY_SEED ?? 20240820);
fc.configureGlobal({ seed });
