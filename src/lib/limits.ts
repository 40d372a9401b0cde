/** Messages longer than this are cut here (with a note), never refused. */
export const MAX_MESSAGE_LENGTH = 500;
