export default function MyCases() {
  return <h1>MyCases</h1>;
}
