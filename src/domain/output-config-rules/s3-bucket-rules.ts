/**
 * Amazon S3's naming rules for general purpose buckets (S3 User Guide, "Bucket naming rules").
 * The API's S3OutputLocation pattern lets any bucket name through; a name S3 cannot have means
 * the job fails later, so each broken rule is said as a warning, with the rule (issue 21 §8).
 */

export const BUCKET_NAMING_RULES_URL =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html';

const RULES: readonly { broken: (name: string) => boolean; rule: string }[] = [
  {
    broken: (name) => name.length < 3 || name.length > 63,
    rule: 'must be 3 to 63 characters long',
  },
  {
    broken: (name) => /[^a-z0-9.-]/.test(name),
    rule: 'may hold only lower-case letters, digits, dots and hyphens',
  },
  {
    broken: (name) => !/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name),
    rule: 'must begin and end with a letter or a digit',
  },
  { broken: (name) => name.includes('..'), rule: 'must not hold two dots in a row' },
  {
    broken: (name) => /^\d{1,3}(\.\d{1,3}){3}$/.test(name),
    rule: 'must not look like an IP address',
  },
  {
    broken: (name) => /^(xn--|sthree-|amzn-s3-demo-)/.test(name),
    rule: 'must not start with xn--, sthree- or amzn-s3-demo-',
  },
  {
    broken: (name) => /(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(name),
    rule: 'must not end with -s3alias, --ol-s3, .mrap or --x-s3',
  },
];

/** The bucket of an `s3://bucket/key` location, or undefined for another scheme. */
export function s3BucketOf(location: string): string | undefined {
  const match = /^s3:\/\/([^/]*)/.exec(location);
  return match?.[1];
}

/** Each naming rule the bucket name breaks, in words ("must be 3 to 63 characters long"). */
export function brokenBucketRules(name: string): string[] {
  return RULES.filter(({ broken }) => broken(name)).map(({ rule }) => rule);
}
