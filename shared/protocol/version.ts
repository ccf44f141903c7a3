/** Bumped on any incompatible change of the wire contract; sent in join options and checked by the room. */
export const PROTOCOL_VERSION = 2;
export const MATCH_ROOM = 'match';
