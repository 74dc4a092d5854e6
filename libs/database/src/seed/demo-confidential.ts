import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ConfidentialAccessLog,
  ConfidentialKey,
  ConfidentialMessage,
  ConfidentialReader,
  ConfidentialSessionKey,
  ConfidentialThread,
  ensureKeyPair,
  MessageAuthor,
  newDataKey,
  replaceKeyPair,
  sealDataKey,
  sealText,
  sodiumReady,
  THREAD_AD,
  ThreadAddressing,
  ThreadStatus,
  unwrapWithPassword,
  WriterKind,
  type KeyPair,
} from '@imh/confidential';

/** Fixed, because the seed cannot find its thread by the subject: that is encrypted. */
export const DEMO_CONFIDENTIAL_THREAD_ID = '6d3f0c2e-8a41-4b6f-9c1d-2e7a5b9f0c11';

const WRITER_EMAIL = 'student@imh.test';
const CONFIDANT_EMAIL = 'vertrouwenspersoon@imh.test';

const SUBJECT = 'Een opmerking in mijn lesgroep die me bezighoudt';
const QUESTION = `Beste vertrouwenspersoon,

Tijdens de laatste bijeenkomst maakte een groepsgenoot een opmerking over hoe ik met ouders werk. Die opmerking raakte me meer dan ik liet merken. Ik weet niet goed of ik dit met de docent moet bespreken, of dat ik het eerst voor mezelf op een rij moet zetten.

Kunnen we hier een keer over praten?

Groet,
Sanne`;
const ANSWER = `Dag Sanne,

Dank je dat je dit met me deelt. Het is goed dat je er niet alleen mee blijft zitten. Je hoeft niets te beslissen voordat we elkaar hebben gesproken: wat je hier schrijft, blijft tussen ons, tenzij jij iets anders wilt.

Zullen we volgende week een halfuur bellen? Laat me weten welke dag je het beste uitkomt.

Hartelijke groet,
Marja Rensen`;

const HOUR = 3600_000;

/**
 * The demo's confidential thread: the demo student asked the demo vertrouwenspersoon something
 * two days ago and got an answer yesterday (not read yet). Keys come from the demo password, the
 * way the first sign-in makes them, so both can read it at their first login.
 *
 * Idempotent. The seed puts every user it manages back on the demo password (`emails`); a key
 * pair that password no longer opens (the password was changed in the portal) is replaced as a
 * reset would. The thread stays as it is while both can still read it; otherwise (deleted, or a
 * key was replaced) it is made again. No recovery key is made: the vertrouwenspersoon's workspace
 * asks for one at the first visit, as it does for every sole confidant.
 */
export async function seedDemoConfidential(manager: EntityManager, password: string, emails: string[]) {
  await sodiumReady();
  await replaceKeysTheDemoPasswordDoesNotOpen(manager, password, emails);

  const users: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM "user" WHERE email = ANY($1)`,
    [[WRITER_EMAIL, CONFIDANT_EMAIL]],
  );
  const writerId = users.find((u) => u.email === WRITER_EMAIL)?.id;
  const confidantId = users.find((u) => u.email === CONFIDANT_EMAIL)?.id;
  if (!writerId || !confidantId) return;
  const writer = await ensureKeyPair(manager, writerId, password);
  const confidant = await ensureKeyPair(manager, confidantId, password);
  if (!writer || !confidant) throw new Error('A demo key pair does not open with the demo password.');

  if (await bothCanRead(manager, [writerId, writer], [confidantId, confidant])) return;
  await manager.delete(ConfidentialThread, { id: DEMO_CONFIDENTIAL_THREAD_ID });

  const id = DEMO_CONFIDENTIAL_THREAD_ID;
  const asked = new Date(Date.now() - 50 * HOUR);
  const opened = new Date(asked.getTime() + 3 * HOUR);
  const answered = new Date(asked.getTime() + 26 * HOUR);
  const dataKey = newDataKey();
  const subject = sealText(dataKey, SUBJECT, THREAD_AD.subject(id));
  await manager.insert(ConfidentialThread, {
    id,
    writerId,
    writerKind: WriterKind.STUDENT,
    addressing: ThreadAddressing.ALL_CONFIDANTS,
    subjectNonce: subject.nonce,
    subjectCiphertext: subject.ciphertext,
    status: ThreadStatus.IN_PROGRESS,
    createdAt: asked,
    firstAnsweredAt: answered,
    awaitingAnswerSince: null,
  });
  const readers: [string, KeyPair][] = [
    [writerId, writer],
    [confidantId, confidant],
  ];
  await manager.insert(
    ConfidentialReader,
    readers.map(([userId, pair]) => ({
      threadId: id,
      userId,
      publicKey: Buffer.from(pair.publicKey),
      wrappedKey: sealDataKey(dataKey, pair.publicKey),
    })),
  );
  const messages = [
    { author: MessageAuthor.WRITER, confidantId: null, body: QUESTION, createdAt: asked, readAt: opened },
    { author: MessageAuthor.CONFIDANT, confidantId, body: ANSWER, createdAt: answered, readAt: null },
  ];
  for (const [index, message] of messages.entries()) {
    const messageId = randomUUID();
    const body = sealText(dataKey, message.body, THREAD_AD.message(id, messageId));
    await manager.insert(ConfidentialMessage, {
      id: messageId,
      threadId: id,
      position: index + 1,
      author: message.author,
      confidantId: message.confidantId,
      bodyNonce: body.nonce,
      bodyCiphertext: body.ciphertext,
      createdAt: message.createdAt,
      readAt: message.readAt,
    });
  }
  await manager.insert(ConfidentialAccessLog, [
    { threadId: id, confidantId, openedAt: opened },
    { threadId: id, confidantId, openedAt: answered },
  ]);
}

/** The seed sets these users' password; a key pair sealed under another one is replaced. */
async function replaceKeysTheDemoPasswordDoesNotOpen(manager: EntityManager, password: string, emails: string[]) {
  const keys = await manager
    .getRepository(ConfidentialKey)
    .createQueryBuilder('k')
    .innerJoin('user', 'u', 'u.id = k.user_id')
    .where('u.email = ANY(:emails)', { emails })
    .getMany();
  for (const key of keys) {
    if (await unwrapWithPassword(key, password)) continue;
    await manager.delete(ConfidentialSessionKey, { userId: key.userId });
    await replaceKeyPair(manager, key.userId, password);
  }
}

/** The demo thread exists and is sealed to both demo users' current keys. */
async function bothCanRead(manager: EntityManager, ...readers: [string, KeyPair][]): Promise<boolean> {
  const rows = await manager.findBy(ConfidentialReader, { threadId: DEMO_CONFIDENTIAL_THREAD_ID });
  return readers.every(([userId, pair]) =>
    rows.some((row) => row.userId === userId && row.publicKey.equals(Buffer.from(pair.publicKey))),
  );
}
