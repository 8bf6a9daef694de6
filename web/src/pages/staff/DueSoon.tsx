export default function DueSoon() {
  return <h1>DueSoon</h1>;
}
