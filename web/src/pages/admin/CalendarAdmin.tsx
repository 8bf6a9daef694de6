export default function CalendarAdmin() {
  return <h1>CalendarAdmin</h1>;
}
