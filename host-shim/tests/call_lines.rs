//! Call lines as written in a calls list: the export's name, its arguments, and for a checked
//! call the result after `=>`; malformed lines are errors that say what is wrong.

use host_shim::calls::{parse_call, Arg, CallLine};

fn word(w: &str) -> Arg {
    Arg::Word(w.into())
}

#[test]
fn a_checked_call_keeps_its_expected_result_apart() {
    assert_eq!(parse_call("add 2 3 => 5"), Ok(CallLine { name: "add".into(), args: vec![word("2"), word("3")], expect: Some(word("5")) }));
    assert_eq!(parse_call(r#"greet "a => b""#), Ok(CallLine { name: "greet".into(), args: vec![Arg::Str(b"a => b".to_vec())], expect: None }));
    assert_eq!(parse_call("tick =>  -1"), Ok(CallLine { name: "tick".into(), args: vec![], expect: Some(word("-1")) }));
}

#[test]
fn an_arrow_needs_exactly_one_expected_result() {
    for line in ["add 2 3 =>", "add 2 3 => 5 6"] {
        let e = parse_call(line).unwrap_err();
        assert!(e.contains("`=>` is followed by one expected result"), "{line}: {e}");
    }
}
