export { createSmtpSink, type SmtpMessage, type SmtpSink, type SmtpSinkOptions } from './smtp-sink';
export { decodeEncodedWords, parseMail, type ParsedMail } from './mime-decode';
export type { SmtpEnvelope } from './smtp-session';
