import { findNumericClaims } from '../../lib/claims/numeric';
const lines = process.argv.slice(2);
for (const l of lines) console.log(l, '=>', JSON.stringify(findNumericClaims(l).map(({kind,text,value,unit,iso,low,high,subject}) => ({kind,text,value,unit,iso,low,high,subject}))));
