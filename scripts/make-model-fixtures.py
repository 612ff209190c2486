#!/usr/bin/python3
"""Writes the model fixtures under src/testing/model-fixtures/: small but real files of each
format the model check reads (SPEC section 9), each also packed as model.tar.gz the way Neo
takes it. Run with Debian's python (apt-get install python3-onnx python3-h5py
python3-flatbuffers): /usr/bin/python3 scripts/make-model-fixtures.py

The outputs are committed, so the tests need no Python. Every archive is written with fixed
timestamps and owners, so running the script again gives the same bytes.

Where no library writes a format here (TFLite, SavedModel, TorchScript, MXNet, Darknet), the
bytes follow the format's own definition, cited beside each writer (see also
../shared/reference/model-facts.md, section 4).
"""
import gzip
import io
import json
import os
import struct
import tarfile
import zipfile

import flatbuffers
import h5py
import numpy as np
import onnx
from onnx import TensorProto, helper

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'testing', 'model-fixtures')
os.makedirs(OUT, exist_ok=True)


def tar_gz(name, members, tar_format=tarfile.GNU_FORMAT):
    """members: list of (path, bytes | None for a directory)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode='w', format=tar_format) as tar:
        for path, data in members:
            info = tarfile.TarInfo(path)
            info.mtime = 1700000000
            info.uname = info.gname = 'neo'
            if data is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            else:
                info.size = len(data)
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
    write(name, gzip.compress(raw.getvalue(), mtime=0))
    return raw.getvalue()


def write(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)


# ONNX: a Conv whose weight is an initializer that also appears in graph.input (allowed by
# onnx.proto: "MAY also appear in the input list"), and a symbolic batch dimension.
def onnx_model():
    x = helper.make_tensor_value_info('input.1', TensorProto.FLOAT, ['batch', 3, 8, 8])
    w_info = helper.make_tensor_value_info('conv.weight', TensorProto.FLOAT, [4, 3, 3, 3])
    y = helper.make_tensor_value_info('output', TensorProto.FLOAT, ['batch', 4, 6, 6])
    w = helper.make_tensor('conv.weight', TensorProto.FLOAT, [4, 3, 3, 3],
                           np.linspace(-1, 1, 108, dtype=np.float32).tobytes(), raw=True)
    node = helper.make_node('Conv', ['input.1', 'conv.weight'], ['output'])
    graph = helper.make_graph([node], 'tiny', [x, w_info], [y], initializer=[w])
    model = helper.make_model(graph, producer_name='make-model-fixtures',
                              opset_imports=[helper.make_opsetid('', 12)])
    model.ir_version = 7
    onnx.checker.check_model(model)
    return model.SerializeToString()


# Keras HDF5 as keras/engine/saving.py (_serialize_model, Keras 2.2) writes it: root
# attributes model_config, keras_version, backend, training_config; group model_weights.
def keras_full():
    config = {
        'class_name': 'Model',
        'config': {
            'name': 'tiny',
            'layers': [
                {'name': 'input_1', 'class_name': 'InputLayer',
                 'config': {'batch_input_shape': [None, 32, 32, 3], 'dtype': 'float32',
                            'sparse': False, 'name': 'input_1'}, 'inbound_nodes': []},
                {'name': 'conv2d_1', 'class_name': 'Conv2D',
                 'config': {'name': 'conv2d_1', 'filters': 4, 'kernel_size': [3, 3]},
                 'inbound_nodes': [[['input_1', 0, 0, {}]]]},
            ],
            'input_layers': [['input_1', 0, 0]],
            'output_layers': [['conv2d_1', 0, 0]],
        },
    }
    raw = io.BytesIO()
    with h5py.File(raw, 'w') as f:
        f.attrs['keras_version'] = b'2.2.4'
        f.attrs['backend'] = b'tensorflow'
        f.attrs['model_config'] = json.dumps(config).encode('utf8')
        f.attrs['training_config'] = json.dumps(
            {'optimizer_config': {'class_name': 'SGD', 'config': {}}, 'loss': 'mse',
             'metrics': [], 'sample_weight_mode': None, 'loss_weights': None}).encode('utf8')
        weights = f.create_group('model_weights')
        weights.attrs['layer_names'] = [b'input_1', b'conv2d_1']
        layer = weights.create_group('conv2d_1')
        layer.attrs['weight_names'] = [b'conv2d_1/kernel:0']
        layer.create_dataset('conv2d_1/kernel:0', data=np.ones((3, 3, 3, 4), dtype=np.float32))
    return raw.getvalue()


# A weights-only file (model.save_weights): layer groups and layer_names, no model_config.
def keras_weights():
    raw = io.BytesIO()
    with h5py.File(raw, 'w') as f:
        f.attrs['keras_version'] = b'2.2.4'
        f.attrs['backend'] = b'tensorflow'
        f.attrs['layer_names'] = [b'conv2d_1']
        layer = f.create_group('conv2d_1')
        layer.attrs['weight_names'] = [b'conv2d_1/kernel:0']
        layer.create_dataset('conv2d_1/kernel:0', data=np.ones((3, 3, 3, 4), dtype=np.float32))
    return raw.getvalue()


# TFLite: tensorflow/lite/schema/schema.fbs (schema 3). Field slots: Model{version 0,
# operator_codes 1, subgraphs 2, description 3, buffers 4}; SubGraph{tensors 0, inputs 1,
# outputs 2, operators 3, name 4}; Tensor{shape 0, type 1, buffer 2, name 3, quantization 4,
# is_variable 5, sparsity 6, shape_signature 7}; Buffer{data 0}. file_identifier "TFL3".
def tflite_model():
    b = flatbuffers.Builder(1024)

    def int_vector(values):
        b.StartVector(4, len(values), 4)
        for v in reversed(values):
            b.PrependInt32(v)
        return b.EndVector()

    def table_vector(offsets):
        b.StartVector(4, len(offsets), 4)
        for o in reversed(offsets):
            b.PrependUOffsetTRelative(o)
        return b.EndVector()

    def tensor(name, shape, signature, type_, buffer):
        name_off = b.CreateString(name)
        shape_off = int_vector(shape)
        sig_off = int_vector(signature)
        b.StartObject(8)
        b.PrependUOffsetTRelativeSlot(0, shape_off, 0)
        b.PrependInt8Slot(1, type_, 0)
        b.PrependUint32Slot(2, buffer, 0)
        b.PrependUOffsetTRelativeSlot(3, name_off, 0)
        b.PrependUOffsetTRelativeSlot(7, sig_off, 0)
        return b.EndObject()

    t_in = tensor('serving_default_input:0', [1, 96, 96, 3], [-1, 96, 96, 3], 0, 1)
    t_out = tensor('StatefulPartitionedCall:0', [1, 10], [-1, 10], 0, 2)
    tensors = table_vector([t_in, t_out])
    inputs = int_vector([0])
    outputs = int_vector([1])
    sg_name = b.CreateString('main')
    b.StartObject(5)
    b.PrependUOffsetTRelativeSlot(0, tensors, 0)
    b.PrependUOffsetTRelativeSlot(1, inputs, 0)
    b.PrependUOffsetTRelativeSlot(2, outputs, 0)
    b.PrependUOffsetTRelativeSlot(4, sg_name, 0)
    subgraph = b.EndObject()
    subgraphs = table_vector([subgraph])
    buffers = []
    for _ in range(3):
        b.StartObject(1)
        buffers.append(b.EndObject())
    buffers_off = table_vector(buffers)
    desc = b.CreateString('make-model-fixtures')
    b.StartObject(5)
    b.PrependUint32Slot(0, 3, 0)
    b.PrependUOffsetTRelativeSlot(2, subgraphs, 0)
    b.PrependUOffsetTRelativeSlot(3, desc, 0)
    b.PrependUOffsetTRelativeSlot(4, buffers_off, 0)
    model = b.EndObject()
    b.Finish(model, file_identifier=b'TFL3')
    return bytes(b.Output())


# Protobuf wire format (https://protobuf.dev/programming-guides/encoding/), for the
# TensorFlow messages no Debian package here defines.
def varint(n):
    if n < 0:
        n += 1 << 64
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_varint(number, value):
    return varint(number << 3) + varint(value)


def field_bytes(number, data):
    if isinstance(data, str):
        data = data.encode('utf8')
    return varint((number << 3) | 2) + varint(len(data)) + data


# tensorflow/core/protobuf/saved_model.proto, meta_graph.proto, framework/tensor_shape.proto:
# SavedModel{saved_model_schema_version 1, meta_graphs 2}; MetaGraphDef{meta_info_def 1,
# graph_def 2, signature_def 5 (map<string, SignatureDef>)}; MetaInfoDef{tags 4,
# tensorflow_version 5}; SignatureDef{inputs 1, outputs 2, method_name 3}; TensorInfo{name 1,
# dtype 2, tensor_shape 3}; TensorShapeProto{dim 2 {size 1, name 2}, unknown_rank 3}.
def tensor_info(name, dims):
    shape = b''.join(field_bytes(2, field_varint(1, d)) for d in dims)
    return field_bytes(1, name) + field_varint(2, 1) + field_bytes(3, shape)


def map_entry(key, value):
    return field_bytes(1, key) + field_bytes(2, value)


def saved_model():
    serving = (field_bytes(1, map_entry('input_1', tensor_info('serving_default_input_1:0',
                                                              [-1, 64, 64, 3])))
               + field_bytes(2, map_entry('dense', tensor_info('StatefulPartitionedCall:0',
                                                              [-1, 10])))
               + field_bytes(3, 'tensorflow/serving/predict'))
    init = field_bytes(3, 'tensorflow/serving/predict')
    meta_info = field_bytes(4, 'serve') + field_bytes(5, '2.9.1')
    # A graph with one Placeholder node: GraphDef{node 1 {name 1, op 2}}.
    graph = field_bytes(1, field_bytes(1, 'serving_default_input_1') + field_bytes(2, 'Placeholder'))
    meta_graph = (field_bytes(1, meta_info) + field_bytes(2, graph)
                  + field_bytes(5, map_entry('__saved_model_init_op', init))
                  + field_bytes(5, map_entry('serving_default', serving)))
    return field_varint(1, 1) + field_bytes(2, meta_graph)


# MXNet: python/mxnet/model.py save_checkpoint writes <prefix>-symbol.json and
# <prefix>-0000.params. Variables are nodes with op "null".
def mxnet_symbol():
    nodes = [
        {'op': 'null', 'name': 'data', 'inputs': []},
        {'op': 'null', 'name': 'conv0_weight', 'attrs': {'kernel': '(3, 3)'}, 'inputs': []},
        {'op': 'null', 'name': 'conv0_bias', 'inputs': []},
        {'op': 'Convolution', 'name': 'conv0', 'attrs': {'kernel': '(3, 3)', 'num_filter': '4'},
         'inputs': [[0, 0, 0], [1, 0, 0], [2, 0, 0]]},
        {'op': 'null', 'name': 'softmax_label', 'inputs': []},
        {'op': 'SoftmaxOutput', 'name': 'softmax', 'inputs': [[3, 0, 0], [4, 0, 0]]},
    ]
    return json.dumps({'nodes': nodes, 'arg_nodes': [0, 1, 2, 4], 'node_row_ptr': list(range(7)),
                       'heads': [[5, 0, 0]], 'attrs': {'mxnet_version': ['int', 10800]}},
                      indent=2).encode('utf8')


def mxnet_params():
    # NDArray list file (src/ndarray/ndarray.cc NDArray::Save): magic 0x112, reserved, count,
    # arrays, then the names; the arrays here are left as opaque bytes.
    names = [b'arg:conv0_weight', b'arg:conv0_bias']
    out = struct.pack('<QQQ', 0x112, 0, 0)
    out += struct.pack('<Q', len(names))
    for name in names:
        out += struct.pack('<Q', len(name)) + name
    return out


# Darknet: pjreddie/darknet src/parser.c parse_net_options reads [net] width/height/channels.
DARKNET_CFG = b"""[net]
# Testing
batch=1
subdivisions=1
width=416
height=416
channels=3
momentum=0.9

[convolutional]
batch_normalize=1
filters=16
size=3
stride=1
pad=1
activation=leaky

[yolo]
mask = 3,4,5
classes=80
"""


# TorchScript (torch.jit.save; torch/csrc/jit/docs/serialization.md): a ZIP whose entries sit
# under one top-level folder, with code/, data.pkl, constants.pkl and the version record.
def torch_zip(entries):
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, 'w', compression=zipfile.ZIP_STORED) as z:
        for path, data in entries:
            info = zipfile.ZipInfo(path, date_time=(2023, 1, 1, 0, 0, 0))
            z.writestr(info, data)
    return raw.getvalue()


def torchscript(version):
    return torch_zip([
        ('model/data.pkl', b'\x80\x02c__torch__.Tiny\nq\x00)\x81q\x01.'),
        ('model/code/__torch__.py',
         b'class Tiny(Module):\n  def forward(self, x: Tensor) -> Tensor:\n    return x\n'),
        ('model/constants.pkl', b'\x80\x02).'),
        ('model/data/0', b'\x00' * 64),
        ('model/.data/version', f'{version}\n'.encode()),
        ('model/version', f'{version}\n'.encode()),
    ])


def state_dict():
    # torch.save since 1.6 (torch/serialization.py _save): data.pkl, byteorder, data/<key>,
    # version; no code/ and no constants.pkl.
    return torch_zip([
        ('archive/data.pkl', b'\x80\x02}q\x00X\x0b\x00\x00\x00conv.weightq\x01.'),
        ('archive/byteorder', b'little'),
        ('archive/data/0', b'\x00' * 64),
        ('archive/.data/version', b'3\n'),
        ('archive/version', b'3\n'),
    ])


def main():
    onnx_bytes = onnx_model()
    write('model.onnx', onnx_bytes)
    tar_gz('onnx.tar.gz', [('model.onnx', onnx_bytes)])
    tar_gz('onnx-two-files.tar.gz', [('a.onnx', onnx_bytes), ('b.onnx', onnx_bytes)])

    keras = keras_full()
    write('model.h5', keras)
    tar_gz('keras.tar.gz', [('model.h5', keras)])
    weights = keras_weights()
    write('weights.h5', weights)
    tar_gz('keras-weights-only.tar.gz', [('weights.h5', weights)])

    tflite = tflite_model()
    write('model.tflite', tflite)
    tar_gz('tflite.tar.gz', [('model.tflite', tflite)])

    sm = saved_model()
    write('saved_model.pb', sm)
    tar_gz('savedmodel.tar.gz', [
        ('export/', None),
        ('export/1/', None),
        ('export/1/saved_model.pb', sm),
        ('export/1/variables/', None),
        ('export/1/variables/variables.index', b'\x00' * 32),
        ('export/1/variables/variables.data-00000-of-00001', b'\x00' * 256),
    ])
    tar_gz('savedmodel-no-variables.tar.gz', [('saved_model.pb', sm), ('extra.pb', sm)])

    tar_gz('mxnet.tar.gz', [('model-symbol.json', mxnet_symbol()),
                            ('model-0000.params', mxnet_params())])
    tar_gz('darknet.tar.gz', [('yolov3-tiny.cfg', DARKNET_CFG),
                              ('yolov3-tiny.weights', b'\x00' * 512)])

    traced = torchscript(3)
    write('traced.pth', traced)
    tar_gz('pytorch.tar.gz', [('model.pth', traced)])
    tar_gz('pytorch-v10.tar.gz', [('model.pth', torchscript(10))])
    sd = state_dict()
    write('state-dict.pth', sd)
    tar_gz('pytorch-state-dict.tar.gz', [('model.pth', sd)])

    # XGBoost: the DG asks only for one .model file; these bytes are the start of an XGBoost
    # binary model (LearnerModelParam) followed by zeros.
    tar_gz('xgboost.tar.gz', [('xgboost-model.model', struct.pack('<fII', 0.5, 4, 0) + b'\x00' * 120)])

    # Paths over 100 characters: a GNU long-name record, and a pax header.
    deep = 'models/' + 'very-long-folder-name/' * 6 + 'resnet.onnx'
    tar_gz('long-name-gnu.tar.gz', [(deep, onnx_bytes)])
    tar_gz('long-name-pax.tar.gz', [(deep, onnx_bytes)], tar_format=tarfile.PAX_FORMAT)

    # Archives that Neo refuses and what the check must say about them.
    plain = tar_gz('plain.tar.gz', [('model.onnx', onnx_bytes)])
    write('plain.tar', plain)
    whole = gzip.compress(plain, mtime=0)
    write('truncated.tar.gz', whole[: len(whole) // 2])
    rng = np.random.default_rng(18)
    write('random.bin', rng.integers(0, 256, 4096, dtype=np.uint8).tobytes())
    write('empty.tar.gz', gzip.compress(b'\x00' * 1024, mtime=0))
    os.remove(os.path.join(OUT, 'plain.tar.gz'))


if __name__ == '__main__':
    main()
