import * as sdk from "@viamrobotics/sdk";
const want = process.argv.slice(2);
for (const path of want) {
  const [ns, name] = path.split(".");
  const T = sdk[ns][name];
  if (!T) { console.log("MISSING", path); continue; }
  if (T.fields) {
    console.log(T.typeName, T.fields.list().map(f => `${f.no} ${f.name}:${f.kind}${f.kind==="scalar"?"/"+f.T:f.kind==="message"?"/"+f.T.typeName:f.kind==="enum"?"/"+f.T.typeName:f.kind==="map"?"/"+f.K+"->"+(f.V.T.typeName??f.V.T):""}${f.repeated?"[]":""}${f.oneof?"(oneof "+f.oneof.name+")":""}${f.opt?"?":""}`).join(", "));
  } else console.log(path, JSON.stringify(T));
}
