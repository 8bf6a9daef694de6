export default function RespondentCases() {
  return <h1>RespondentCases</h1>;
}
