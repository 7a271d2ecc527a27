// What the page and the reading workers say to each other.
import type { ReceivedClaim, RefusedFile } from '../received-claim.ts';

export interface ReadRequest {
  job: number;
  file: File;
  id: string;
}

export interface ReadReply {
  job: number;
  result: ReceivedClaim | RefusedFile;
}
