import { validateS3OutputLocation } from './location-key-rules';
import { brokenBucketRules, s3BucketOf } from './s3-bucket-rules';

describe('S3 bucket naming rules', () => {
  it.each([
    ['b', ['must be 3 to 63 characters long']],
    [
      'My_Bucket',
      [
        'may hold only lower-case letters, digits, dots and hyphens',
        'must begin and end with a letter or a digit',
      ],
    ],
    ['edge models', ['may hold only lower-case letters, digits, dots and hyphens']],
    ['-bucket', ['must begin and end with a letter or a digit']],
    ['my..bucket', ['must not hold two dots in a row']],
    ['192.168.5.4', ['must not look like an IP address']],
    ['xn--bucket', ['must not start with xn--, sthree- or amzn-s3-demo-']],
    ['bucket-s3alias', ['must not end with -s3alias, --ol-s3, .mrap or --x-s3']],
    ['a'.repeat(64), ['must be 3 to 63 characters long']],
  ])('%s breaks %j', (name, rules) => {
    expect(brokenBucketRules(name)).toEqual(rules);
  });

  it.each(['my-bucket', 'abc', 'bucket.with.dots', 'a'.repeat(63), '123bucket'])(
    '%s breaks none',
    (name) => expect(brokenBucketRules(name)).toEqual([]),
  );

  it('reads the bucket of an s3:// location only', () => {
    expect(s3BucketOf('s3://my-bucket/compiled/')).toBe('my-bucket');
    expect(s3BucketOf('s3://b')).toBe('b');
    expect(s3BucketOf('https://my-bucket.s3.amazonaws.com/x')).toBeUndefined();
  });
});

describe('S3OutputLocation with a bucket name S3 cannot have', () => {
  it.each([
    ['s3://b', 'must be 3 to 63 characters long'],
    ['s3://My_Bucket/x', 'may hold only lower-case letters, digits, dots and hyphens'],
    ['s3://edge models/x', 'may hold only lower-case letters, digits, dots and hyphens'],
  ])('%s is a warning that says the rule', (location, rule) => {
    const problems = validateS3OutputLocation(location, false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'S3OutputLocation', severity: 'warning' });
    expect(problems[0]?.message).toContain(rule);
  });

  it('says nothing of a good bucket', () => {
    expect(validateS3OutputLocation('s3://my-bucket/compiled/', false)).toEqual([]);
  });
});
