import { build } from 'esbuild';
const validateApart = { name: 'validate-apart', setup: (build) => build.onResolve({ filter: /\/validate\.js$/ }, () => ({ path: './validate.js', external: true })) };
const noColourDetection = {
  name: 'no-colour-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-colour-detection' }));
    build.onLoad({ filter: /.*/, namespace: 'no-colour-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};
const r = await build({ entryPoints: [process.argv[2]], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, target: 'node20', logLevel:'error', supported: { 'dynamic-import': false }, plugins: [noColourDetection, validateApart] });
const inputs = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
let total=0; for (const v of Object.values(inputs)) total+=v.bytesInOutput; console.log('total', total);
for (const [k, v] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 60)) console.log(String(v.bytesInOutput).padStart(7), k);
