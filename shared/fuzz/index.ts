/**
 * Hostile input, seeded: generators of broken, mistyped, oversized, out-of-phase, replayed and
 * well-formed-but-illegal messages, the invariants every state must keep, and the engine fuzzer
 * that plays bot matches under fire. Pure like the rest of shared/: the server-side fuzzer and the
 * tests drive these generators over the network or straight into `reduce`.
 */
export { makeRand, subSeed, type Rand } from './fuzz-random.ts';
export { HOSTILE_STRINGS, HOSTILE_NUMBERS, hostileString, textOfLength, garbageValue, garbageObject, deeplyNested } from './hostile-values.ts';
export { contextOfView, EMPTY_CONTEXT, type FuzzContext } from './fuzz-context.ts';
export { wellFormedIntent, isVersioned, type RawMessage } from './well-formed.ts';
export { malform, type Malformed, type MalformKind } from './malform.ts';
export { messageFuzzer, FUZZ_CATEGORIES, type FuzzCategory, type FuzzMessage, type Expectation, type MessageFuzzer } from './fuzz-message.ts';
export { stateViolations, stepViolations } from './invariants.ts';
export { deepFreeze, firstDifference } from './deep.ts';
export { countMessage, emptyTally, hasProblems, mergeTally, report, PROBLEMS, type FuzzTally, type Problem } from './fuzz-tally.ts';
export { fuzzEngine, type EngineFuzzOptions, type EngineFuzzReport } from './engine-fuzz.ts';
export { fuzzRoomMessage, meetsRoomContract, wellFormedRoomMessage, ROOM_MESSAGE_TYPES, HOST_ONLY } from './room-message-fuzz.ts';
export { garbageFrame, type GarbageFrame } from './garbage-frames.ts';
