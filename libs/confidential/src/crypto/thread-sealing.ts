/**
 * Associated data binds every ciphertext of a thread to its thread and field, so ciphertexts
 * cannot be moved between threads or fields. The thread service and the demo seed seal with it.
 */
export const THREAD_AD = {
  subject: (threadId: string) => `thread:${threadId}:subject`,
  message: (threadId: string, id: string) => `thread:${threadId}:message:${id}`,
  note: (threadId: string, id: string) => `thread:${threadId}:note:${id}`,
  receipt: (threadId: string) => `thread:${threadId}:receipt`,
};
