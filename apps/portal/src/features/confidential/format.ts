/** "1234567890123456" → "1234 5678 9012 3456", for reading and writing down. */
export const groupReceipt = (receipt: string) => receipt.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');

/** What a receipt is: sixteen digits (spaces and dashes are fine, the API drops them too). */
export const isReceipt = (value: string) => /^\d{16}$/.test(value.replace(/[\s-]/g, ''));
