export default function Overdue() {
  return <h1>Overdue</h1>;
}
