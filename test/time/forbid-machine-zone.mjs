// Preloaded (node --import) by machine-zone.test.ts: a check must not ask Intl for
// a zone's offsets (the tables are built in) nor read the machine's zone.
const Format = Intl.DateTimeFormat;
const refuse = (what) => {
  process.stderr.write(`forbidden: ${what}\n`);
  process.exit(99);
};
Intl.DateTimeFormat = function DateTimeFormat(locales, options) {
  if (options?.timeZone !== undefined) refuse(`Intl.DateTimeFormat with timeZone ${options.timeZone}`);
  return new Format(locales, options);
};
for (const name of ['getTimezoneOffset', 'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'toString', 'toDateString', 'toTimeString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
  Date.prototype[name] = function () {
    refuse(`Date.prototype.${name}`);
  };
}
