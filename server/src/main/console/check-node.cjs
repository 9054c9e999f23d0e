// Run by the Maven build (exec-maven-plugin, execution console-node-check) before `npm ci`: stops the build with a
// clear message when this Node.js is too old for Vite 7, which builds the admin console. Kept to syntax every
// Node.js release understands, so that the old ones reach the message instead of a syntax error.
'use strict';
var required = '^20.19.0 || >=22.12.0';
var parts = process.versions.node.split('.');
var major = parseInt(parts[0], 10);
var minor = parseInt(parts[1], 10);
var supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
if (!supported) {
  console.error('');
  console.error('Node.js ' + process.versions.node + ' is too old to build the admin console: Vite 7 needs Node.js '
    + '20.19 or newer in the 20.x line, or 22.12 or newer (' + required + ').');
  console.error('Install a current Node.js LTS (https://nodejs.org/en/download, or nvm: `nvm install 22`), or build '
    + 'without the console: -Dconsole.skip=true.');
  console.error('');
  process.exit(1);
}
console.log('Node.js ' + process.versions.node + ' satisfies ' + required + ' (Vite 7).');
