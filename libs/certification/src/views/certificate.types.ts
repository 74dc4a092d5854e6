import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { CertificateStatus } from '../entities/certificate.entity';

/** Everything printed on a certificate, with its status today: what a signed-out verifier sees. */
@ObjectType()
export class CertificateVerification {
  @Field() number: string;
  @Field() holderName: string;
  @Field() trackTitle: string;
  @Field() issuedAt: Date;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Int) accreditationPoints: number;
  @Field() signatoryName: string;
  @Field(() => CertificateStatus) status: CertificateStatus;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The number of the certificate that replaces this one.' })
  replacedByNumber: string | null;
  @Field() verifyUrl: string;
  @Field(() => Int, {
    description:
      'The largest file (bytes) the check of a dropped PDF or credential takes; a larger one is refused (PDF_TOO_LARGE).',
  })
  uploadMaxBytes: number;
}

/** A certificate as its holder and admins see it. */
@ObjectType()
export class CertificateView extends CertificateVerification {
  @Field(() => ID) id: string;
  @Field(() => ID) studentId: string;
  @Field(() => ID) trackId: string;
  @Field() verificationCode: string;
  @Field(() => String, { nullable: true }) revocationReason: string | null;
  @Field(() => String, { nullable: true }) replacesNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Download path of the PDF once the worker has made it.' })
  pdfDownloadPath: string | null;
  @Field({ description: 'Download path of the signed credential (VC-JWT); add ?format=json for the decoded JSON.' })
  credentialDownloadPath: string;
}

/** Whether an uploaded credential or PDF is exactly one we issued, and that certificate today. */
@ObjectType()
export class UploadVerification {
  @Field({ description: 'Signature valid (credential) or hash equal to the issued PDF (PDF).' })
  authentic: boolean;
  @Field({ description: 'Authentic and the certificate is VALID today.' })
  valid: boolean;
  @Field(() => CertificateVerification, { nullable: true })
  certificate: CertificateVerification | null;
}

/** One student's eligibility for a track's certificate and, if not, what is missing. */
@ObjectType()
export class EligibilityView {
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field() studentEmail: string;
  @Field(() => ID) trackId: string;
  @Field() eligible: boolean;
  @Field(() => [String]) missingModules: string[];
  @Field(() => [String]) missingLessons: string[];
  @Field(() => [String]) unmetRequirements: string[];
  @Field(() => String, { nullable: true }) requiredTrack: string | null;
  @Field() noModules: boolean;
  @Field(() => Int) accreditationPoints: number;
  @Field(() => String, { nullable: true, description: 'The valid certificate the student already holds.' })
  certificateNumber: string | null;
}

@InputType()
export class IssueCertificateInput {
  @Field(() => ID) @IsUUID() studentId: string;
  @Field(() => ID) @IsUUID() trackId: string;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID) @IsUUID() certificateId: string;
  @Field() @IsString() @MaxLength(2000) reason: string;
}

@InputType()
export class ReissueCertificateInput {
  @Field(() => ID) @IsUUID() certificateId: string;
  @Field({ description: 'Why it is reissued (e.g. a corrected name); recorded on the old one.' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
