export default function FileApplication() {
  return <h1>FileApplication</h1>;
}
