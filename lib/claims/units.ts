// The unit table: every unit, currency and percent word the numeric detector knows, with the one
// spelling it reports. Symbols are matched case-sensitively (GB is not Gb, 5G is not a unit) and may
// be glued to the numeral; words are matched case-insensitively after a space or hyphen. Words of
// other languages live in their tables (lib/lang/*.ts).
import { byLanguage, LANGUAGES } from '../lang';

export interface UnitEntry {
  /** The normalized spelling reported as `unit`. */
  unit: string;
  /** Case-sensitive symbols, allowed right after the digits (`40Gbps`, `3nm`). */
  symbols?: string[];
  /** Case-insensitive words and phrases (`terawatt-hours`). */
  words?: string[];
  /** Only in texts of this primary language (other units apply to every language). */
  lang?: string;
  /** Symbols that count only when glued to the digits (`3x`, never `3 x 4`). */
  gluedOnly?: boolean;
}

/** Units by their English words and symbols (any language's texts). */
const UNITS: UnitEntry[] = [
  // data
  { unit: 'B', words: ['bytes'] },
  { unit: 'KB', symbols: ['KB', 'kB'], words: ['kilobytes', 'kilobyte'] },
  { unit: 'MB', symbols: ['MB'], words: ['megabytes', 'megabyte'] },
  { unit: 'GB', symbols: ['GB'], words: ['gigabytes', 'gigabyte'] },
  { unit: 'TB', symbols: ['TB'], words: ['terabytes', 'terabyte'] },
  { unit: 'PB', symbols: ['PB'], words: ['petabytes', 'petabyte'] },
  { unit: 'EB', symbols: ['EB'], words: ['exabytes', 'exabyte'] },
  { unit: 'Mb', symbols: ['Mb', 'Mbit'], words: ['megabits', 'megabit'] },
  { unit: 'Gb', symbols: ['Gb', 'Gbit'], words: ['gigabits', 'gigabit'] },
  { unit: 'Tb', symbols: ['Tb', 'Tbit'], words: ['terabits', 'terabit'] },
  // bandwidth
  { unit: 'kbps', symbols: ['kbps', 'Kbps', 'kbit/s', 'kb/s'], words: ['kilobits per second'] },
  { unit: 'Mbps', symbols: ['Mbps', 'Mbit/s', 'Mb/s'], words: ['megabits per second'] },
  { unit: 'Gbps', symbols: ['Gbps', 'Gbit/s', 'Gb/s'], words: ['gigabits per second'] },
  { unit: 'Tbps', symbols: ['Tbps', 'Tbit/s', 'Tb/s'], words: ['terabits per second'] },
  { unit: 'MB/s', symbols: ['MB/s', 'MBps'], words: ['megabytes per second'] },
  { unit: 'GB/s', symbols: ['GB/s', 'GBps'], words: ['gigabytes per second'] },
  { unit: 'TB/s', symbols: ['TB/s', 'TBps'], words: ['terabytes per second'] },
  // compute
  { unit: 'GFLOPS', symbols: ['GFLOPS', 'GFLOPs', 'GFLOP/s'], words: ['gigaflops'] },
  { unit: 'TFLOPS', symbols: ['TFLOPS', 'TFLOPs', 'TFLOP/s'], words: ['teraflops', 'teraflop'] },
  { unit: 'PFLOPS', symbols: ['PFLOPS', 'PFLOPs', 'PFLOP/s'], words: ['petaflops', 'petaflop'] },
  { unit: 'EFLOPS', symbols: ['EFLOPS', 'EFLOPs', 'EFLOP/s'], words: ['exaflops', 'exaflop'] },
  { unit: 'TOPS', symbols: ['TOPS'] },
  // frequency
  { unit: 'Hz', symbols: ['Hz'], words: ['hertz'] },
  { unit: 'kHz', symbols: ['kHz'], words: ['kilohertz'] },
  { unit: 'MHz', symbols: ['MHz'], words: ['megahertz'] },
  { unit: 'GHz', symbols: ['GHz'], words: ['gigahertz'] },
  { unit: 'THz', symbols: ['THz'], words: ['terahertz'] },
  // power and energy
  { unit: 'W', symbols: ['W'], words: ['watts', 'watt'] },
  { unit: 'kW', symbols: ['kW'], words: ['kilowatts', 'kilowatt'] },
  { unit: 'MW', symbols: ['MW'], words: ['megawatts', 'megawatt'] },
  { unit: 'GW', symbols: ['GW'], words: ['gigawatts', 'gigawatt'] },
  { unit: 'TW', symbols: ['TW'], words: ['terawatts', 'terawatt'] },
  { unit: 'Wh', symbols: ['Wh'], words: ['watt-hours', 'watt hours'] },
  { unit: 'kWh', symbols: ['kWh'], words: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour'] },
  { unit: 'MWh', symbols: ['MWh'], words: ['megawatt-hours', 'megawatt hours', 'megawatt-hour'] },
  { unit: 'GWh', symbols: ['GWh'], words: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour'] },
  { unit: 'TWh', symbols: ['TWh'], words: ['terawatt-hours', 'terawatt hours', 'terawatt-hour'] },
  { unit: 'mAh', symbols: ['mAh'] },
  { unit: 'V', symbols: ['V'], words: ['volts'] },
  { unit: 'kV', symbols: ['kV'], words: ['kilovolts'] },
  // length, area
  { unit: 'nm', symbols: ['nm'], words: ['nanometers', 'nanometres', 'nanometer', 'nanometre'] },
  { unit: 'µm', symbols: ['µm', 'μm'], words: ['micrometers', 'micrometres', 'microns', 'micron'] },
  { unit: 'mm', symbols: ['mm'], words: ['millimeters', 'millimetres', 'millimeter', 'millimetre'] },
  { unit: 'cm', symbols: ['cm'], words: ['centimeters', 'centimetres', 'centimeter', 'centimetre'] },
  { unit: 'm', symbols: ['m'], words: ['meters', 'metres', 'meter', 'metre'] },
  { unit: 'km', symbols: ['km', 'kms'], words: ['kilometers', 'kilometres', 'kilometer', 'kilometre'] },
  { unit: 'mi', symbols: ['mi'], words: ['miles', 'mile'] },
  { unit: 'yd', symbols: ['yd', 'yds'], words: ['yards', 'yard'] },
  { unit: 'ft', symbols: ['ft'], words: ['feet', 'foot'] },
  { unit: 'in', words: ['inches', 'inch'] },
  { unit: 'km²', symbols: ['km²', 'km2'], words: ['square kilometers', 'square kilometres', 'sq km'] },
  { unit: 'm²', symbols: ['m²'], words: ['square meters', 'square metres', 'sq m'] },
  { unit: 'sq ft', words: ['square feet', 'sq ft', 'sq. ft.'] },
  { unit: 'acre', words: ['acres', 'acre'] },
  { unit: 'ha', symbols: ['ha'], words: ['hectares', 'hectare'] },
  // mass, volume
  { unit: 'mg', symbols: ['mg'], words: ['milligrams', 'milligrammes', 'milligram'] },
  { unit: 'g', symbols: ['g', 'gs'], words: ['grams', 'grammes', 'gram'] },
  { unit: 'kg', symbols: ['kg', 'kgs', 'k.g.', 'k.gs'], words: ['kilograms', 'kilogrammes', 'kilogram', 'kilos'] },
  { unit: 't', words: ['metric tons', 'metric tonnes', 'tonnes', 'tonne', 'tons', 'ton'] },
  { unit: 'lb', symbols: ['lb', 'lbs'], words: ['pounds', 'pound'] },
  { unit: 'oz', symbols: ['oz'], words: ['ounces', 'ounce'] },
  { unit: 'L', symbols: ['L', 'l'], words: ['liters', 'litres', 'liter', 'litre'] },
  { unit: 'ml', symbols: ['ml', 'mL', 'mls'], words: ['milliliters', 'millilitres', 'milliliter', 'millilitre'] },
  { unit: 'hl', symbols: ['hl'], words: ['hectoliters', 'hectolitres', 'hectoliter', 'hectolitre'] },
  { unit: 'gal', symbols: ['gal', 'gals'], words: ['gallons', 'gallon'] },
  { unit: 'cup', words: ['cups', 'cup'] },
  { unit: 'bbl/d', symbols: ['bpd', 'b/d'], words: ['barrels per day', 'barrels a day', 'barrels of oil per day', 'barrels of oil a day'] },
  { unit: 'bbl', symbols: ['bbl'], words: ['barrels', 'barrel'] },
  { unit: 'm³', symbols: ['m³', 'm3'], words: ['cubic meters', 'cubic metres'] },
  // speed, temperature
  { unit: 'km/h', symbols: ['km/h', 'kph'], words: ['kilometers per hour', 'kilometres per hour'] },
  { unit: 'mph', symbols: ['mph'], words: ['miles per hour'] },
  { unit: 'm/s', symbols: ['m/s'], words: ['meters per second', 'metres per second'] },
  { unit: 'kn', words: ['knots'] },
  {
    unit: '°C',
    symbols: ['°C', 'ºC', '° C'],
    words: ['degrees Celsius', 'degree Celsius', 'degrees centigrade', 'degrees C', 'celsius', 'centigrade', '° celsius'],
  },
  { unit: '°F', symbols: ['°F', 'ºF', '° F'], words: ['degrees Fahrenheit', 'degree Fahrenheit', 'degrees F', 'fahrenheit', '° fahrenheit'] },
  { unit: '°', symbols: ['°'], words: ['degrees', 'degree', 'deg.'] },
  // imaging, displays
  { unit: 'MP', symbols: ['MP'], words: ['megapixels', 'megapixel'] },
  { unit: 'fps', symbols: ['fps'], words: ['frames per second'] },
  { unit: 'x', symbols: ['x', '×'], gluedOnly: true },
  // time
  { unit: 'year', symbols: ['yrs'], words: ['years', 'year'] },
  { unit: 'month', words: ['months', 'month'] },
  { unit: 'week', words: ['weeks', 'week'] },
  { unit: 'day', words: ['days', 'day'] },
  { unit: 'h', symbols: ['h', 'hrs'], words: ['hours', 'hour'] },
  { unit: 'min', symbols: ['min'], words: ['minutes', 'minute', 'mins'] },
  { unit: 's', words: ['seconds', 'second', 'secs'] },
  { unit: 'ms', symbols: ['ms'], words: ['milliseconds', 'millisecond'] },
];

/**
 * Every unit: the table above, then from each language's table (lib/lang/*.ts) the unit words read in
 * any language and those read only in its own texts.
 */
export const QUANTITY_UNITS: UnitEntry[] = [
  ...UNITS,
  ...Object.values(LANGUAGES).flatMap((t) => Object.entries(t.unitWordsAnywhere ?? {}).map(([unit, words]) => ({ unit, words }))),
  ...Object.entries(LANGUAGES).flatMap(([lang, t]) => (t.units ?? []).map((u) => ({ ...u, lang }))),
];

/** `pounds` is money only with a multiplier (`2 billion pounds`); `80 pounds` is a weight. */
export const POUND_WORDS = ['pounds', 'pound'];

/** Percent: `%` everywhere, and the words of each language. Percentage points are `pp`, basis points `bp`. */
export const PERCENT_SYMBOLS: Record<string, string> = { '%': '%', '％': '%' };
export const PERCENT_WORDS: Record<string, Record<string, string>> = byLanguage((t) => t.percentWords);

/** Currency signs before (or, in many languages, after) the amount. Longest first is handled by the builder. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  US$: 'USD', 'U.S.$': 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', HK$: 'HKD', NZ$: 'NZD',
  S$: 'SGD', R$: 'BRL', NT$: 'TWD', MX$: 'MXN', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₦': 'NGN', '₫': 'VND', '₱': 'PHP',
  'Rs.': 'INR', Rs: 'INR', RM: 'MYR', 'E£': 'EGP', '₴': 'UAH', '₸': 'KZT', '₮': 'MNT', '฿': 'THB',
  '₵': 'GHS', 'zł': 'PLN', Rp: 'IDR', KSh: 'KES',
};

/** ISO codes written before or after the amount (`USD 5 million`, `5 Mio. EUR`). */
export const CURRENCY_CODES: Record<string, string> = Object.fromEntries(
  ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'SGD', 'KRW', 'BRL', 'MXN', 'SEK',
    'NOK', 'DKK', 'PLN', 'RUB', 'TRY', 'ZAR', 'TWD', 'NZD', 'SAR', 'AED', 'CZK', 'HUF', 'ILS', 'KWD', 'QAR',
    'BHD', 'OMR', 'JOD', 'LBP', 'EGP', 'MAD', 'NGN', 'KES', 'GHS', 'UAH', 'BGN', 'RON', 'ISK', 'HRK', 'KZT',
    'MNT', 'MYR', 'THB', 'IDR', 'PHP', 'VND', 'PKR', 'BDT', 'LKR', 'ARS', 'CLP', 'COP', 'PEN', 'IRR', 'IQD']
    .map((c) => [c, c] as [string, string])
    .concat([['RMB', 'CNY']]),
);

/** Currency words after the amount, any language's (they are rarely ambiguous across languages). */
export const CURRENCY_WORDS: Record<string, string> = Object.assign({}, ...Object.values(byLanguage((t) => t.currencyWords)));

/** Words joining an amount to its currency in some languages (`2,5 milliards d’euros`, `3 millones de euros`). */
export const CURRENCY_CONNECTORS: Record<string, string[]> = byLanguage((t) => t.currencyConnectors);

/** Minor units after an amount (`40 cents` is USD 0.40): the currency and the power of ten of one unit. */
export const MINOR_CURRENCY_WORDS: Record<string, { unit: string; exponent: number }> = {
  cents: { unit: 'USD', exponent: -2 },
  cent: { unit: 'USD', exponent: -2 },
  pence: { unit: 'GBP', exponent: -2 },
  penny: { unit: 'GBP', exponent: -2 },
  pennies: { unit: 'USD', exponent: -2 },
};
/** `10¢`: the cent sign glued to the digits (`43c` only after an amount: `iPhone 5c` is no price). */
export const MINOR_CURRENCY_SIGNS: Record<string, { unit: string; exponent: number }> = {
  '¢': { unit: 'USD', exponent: -2 },
};

/**
 * Hundredths of any currency, read only right after an amount in that currency (`20 ringgit 43 sen`,
 * `3 UAH 4 kopiykas`, `$20 and 43c`): there they take its code; alone some are ambiguous (`sen`).
 */
export const MINOR_UNIT_WORDS = [
  'cents', 'cent', 'c', '¢', 'pence', 'p', 'penny', 'pennies', 'sen', 'sens', 'paise', 'paisa', 'centimes', 'centime',
  'centavos', 'centavo', 'kopecks', 'kopeck', 'kopeks', 'kopek', 'kopiykas', 'kopiyka', 'kopiyky', 'fils', 'halalas', 'halala',
  'satang', 'groszy', 'grosz', 'öre', 'øre', 'rappen',
];

/** Units of length, mass and volume in one base unit each, to add up `7 feet 10 inches` or `2 kg 300 g`. */
export const UNIT_MEASURES: Record<string, { dimension: 'length' | 'mass' | 'volume'; factor: number }> = {
  km: { dimension: 'length', factor: 1000 }, m: { dimension: 'length', factor: 1 }, cm: { dimension: 'length', factor: 0.01 },
  mm: { dimension: 'length', factor: 0.001 }, mi: { dimension: 'length', factor: 1609.344 }, yd: { dimension: 'length', factor: 0.9144 },
  ft: { dimension: 'length', factor: 0.3048 }, in: { dimension: 'length', factor: 0.0254 },
  t: { dimension: 'mass', factor: 1e6 }, kg: { dimension: 'mass', factor: 1000 }, g: { dimension: 'mass', factor: 1 },
  mg: { dimension: 'mass', factor: 0.001 }, lb: { dimension: 'mass', factor: 453.59237 }, oz: { dimension: 'mass', factor: 28.349523125 },
  L: { dimension: 'volume', factor: 1 }, ml: { dimension: 'volume', factor: 0.001 }, gal: { dimension: 'volume', factor: 3.785411784 },
};
/** Languages whose `cent` is a euro cent. */
export const EURO_CENT_LANGUAGES = new Set(Object.keys(byLanguage((t) => t.euroCents || undefined)));

/** The currency word in `multi-billion dollar`, `billion-euro`. */
export const CURRENCY_ADJECTIVES: Record<string, string> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY', yuan: 'CNY', rupee: 'INR',
};

/** What a price is per (`$49/month`, `$5 a share`); part of a money claim's span, not of its unit. */
export const PER_PERIOD_WORDS = [
  'month', 'mo', 'year', 'yr', 'annum', 'week', 'wk', 'day', 'hour', 'hr', 'user', 'seat', 'person',
  'head', 'share', 'barrel', 'ton', 'tonne', 'kWh', 'MWh', 'unit', 'license',
];

/** What a quantity is per (`5,200 pounds per second` is `lb/s`): the word and the unit it adds. */
export const RATE_WORDS: Record<string, string> = {
  second: 's', sec: 's', s: 's', minute: 'min', min: 'min', hour: 'h', hr: 'h', h: 'h', day: 'day', week: 'week',
  month: 'month', year: 'year', yr: 'year', annum: 'year', person: 'person', capita: 'person', head: 'person',
};

/** Units of time: `one year` or `a day` alone is no figure worth a claim. */
export const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'h', 'min', 's', 'ms']);
