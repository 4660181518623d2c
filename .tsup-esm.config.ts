import configs from './tsup.config';
export default (configs as unknown as object[])[0];
