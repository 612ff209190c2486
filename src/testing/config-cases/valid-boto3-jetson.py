OutputConfig={
    'S3OutputLocation': 's3://bucket/compiled',
    'TargetDevice': 'jetson_nano',
    'CompilerOptions': '{"gpu-code": "sm_53", "trt-ver": "7.1.3", "cuda-ver": "10.2"}',
},
