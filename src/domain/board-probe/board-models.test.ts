import { isCompatibleEntry, matchCompatible, matchModel } from './board-models';

describe('matchCompatible', () => {
  it.each([
    [['nvidia,p3450-0000', 'nvidia,jetson-nano', 'nvidia,tegra210'], 'jetson_nano'],
    [['nvidia,p2371-2180', 'nvidia,tegra210'], 'jetson_tx1'],
    [['nvidia,p2771-0000', 'nvidia,tegra186'], 'jetson_tx2'],
    [['nvidia,p2972-0000', 'nvidia,tegra194'], 'jetson_xavier'],
    [['raspberrypi,3-model-b-plus', 'brcm,bcm2837'], 'rasp3b'],
    [['raspberrypi,4-model-b', 'brcm,bcm2711'], 'rasp4b'],
    [['fsl,imx8mp-evk', 'fsl,imx8mp'], 'imx8mplus'],
    [['ti,j721e-evm', 'ti,j721e'], 'jacinto_tda4vm'],
    [['asus,rk3288-tinker', 'rockchip,rk3288'], 'rk3288'],
    [['nvidia,p3737-0000+p3701-0005', 'nvidia,tegra234'], null],
    [['nvidia,tegra210'], null],
  ])('%j → %s', (entries, device) => {
    expect(matchCompatible(entries)?.device).toBe(device);
  });

  it('finds nothing in unknown boards', () => {
    expect(matchCompatible(['allwinner,sun50i-h6'])).toBeNull();
  });
});

describe('isCompatibleEntry', () => {
  it.each([
    ['nvidia,p3509-0000+p3668-0001', true],
    ['brcm,bcm2837', true],
    ['Jetson-AGX', false],
    ['a,b,c', false],
    ['7.0,', false],
  ])('%s → %s', (word, expected) => {
    expect(isCompatibleEntry(word)).toBe(expected);
  });
});

describe('matchModel', () => {
  it.each([
    ['NVIDIA Jetson Nano Developer Kit', 'jetson_nano'],
    ['jetson-nano', 'jetson_nano'],
    ['jetson_tx1', 'jetson_tx1'],
    ['quill', 'jetson_tx2'],
    ['Jetson-AGX', 'jetson_xavier'],
    ['NVIDIA Jetson Xavier NX Developer Kit (eMMC)', 'jetson_xavier'],
    ['NVIDIA Jetson AGX Orin Developer Kit', null],
    ['NVIDIA Jetson Orin Nano Developer Kit', null],
    ['Raspberry Pi 3 Model B Rev 1.2', 'rasp3b'],
    ['Raspberry Pi 4 Model B Rev 1.4', 'rasp4b'],
    ['Freescale i.MX8QM MEK', 'imx8qm'],
    ['TI AM5728 EVM', 'sitara_am57x'],
    ['Pine64 RockPro64 v2.1', 'rk3399'],
  ])('%s → %s', (model, device) => {
    expect(matchModel(model)?.device).toBe(device);
  });

  it.each([['Raspberry Pi Zero W Rev 1.1'], ['QEMU Virtual Machine'], ['x'.repeat(200)]])(
    '%s names no catalogue board',
    (model) => {
      expect(matchModel(model)).toBeNull();
    },
  );
});
