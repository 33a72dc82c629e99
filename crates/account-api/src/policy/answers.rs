use serde::{Deserialize, Serialize};

use zeroize::Zeroizing;

use crate::catalog;

pub const ANSWER_MIN_CHARS: usize = 3;
pub const ANSWER_MAX_CHARS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionReason {
    /// Not exactly three questions, or one of them is not in the catalog.
    QuestionsInvalid,
    /// The same question chosen twice.
    QuestionsRepeated,
    /// An answer shorter than three characters (or longer than the limit).
    AnswerLength,
    /// Two answers are the same.
    AnswersRepeated,
    /// An answer contains a word of its own question.
    AnswerHasQuestionWords,
}

/// Normalizes an answer so that "Ms  Rivera" and "ms rivera" match: Unicode NFKC, case-folded
/// ("Straße" and "STRASSE" match), runs of white space collapsed to one space, trimmed.
pub fn normalize_answer(answer: &str) -> Zeroizing<String> {
    let folded = super::fold(answer);
    let mut out = Zeroizing::new(String::with_capacity(folded.len()));
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Checks three (question id, answer) pairs. Answers are normalized before checking.
pub fn check_questions(pairs: &[(&str, &str)]) -> Vec<QuestionReason> {
    let mut reasons = Vec::new();
    let mut push = |r: QuestionReason| {
        if !reasons.contains(&r) {
            reasons.push(r);
        }
    };
    if pairs.len() != 3 || pairs.iter().any(|(id, _)| catalog::find(id).is_none()) {
        push(QuestionReason::QuestionsInvalid);
    }
    for (i, (id, _)) in pairs.iter().enumerate() {
        if pairs[..i].iter().any(|(other, _)| other == id) {
            push(QuestionReason::QuestionsRepeated);
        }
    }
    let normalized: Vec<Zeroizing<String>> =
        pairs.iter().map(|(_, a)| normalize_answer(a)).collect();
    for (i, answer) in normalized.iter().enumerate() {
        let len = answer.chars().count();
        if !(ANSWER_MIN_CHARS..=ANSWER_MAX_CHARS).contains(&len) {
            push(QuestionReason::AnswerLength);
        }
        if normalized[..i].iter().any(|other| other == answer) {
            push(QuestionReason::AnswersRepeated);
        }
        if let Some(q) = catalog::find(pairs[i].0) {
            if answer.split(' ').any(|w| q.words.contains(&w)) {
                push(QuestionReason::AnswerHasQuestionWords);
            }
        }
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization() {
        assert_eq!(normalize_answer("  Ms   Rivera ").as_str(), "ms rivera");
        assert_eq!(normalize_answer("ＬＡＧＯＳ").as_str(), "lagos");
        assert_eq!(normalize_answer("Ｒｅｘ\t").as_str(), "rex");
    }

    #[test]
    fn answers_are_case_folded_not_only_lower_cased() {
        assert_eq!(normalize_answer("Straße"), normalize_answer("STRASSE"));
        assert_eq!(normalize_answer("ＲＥＸ").as_str(), "rex");
    }

    #[test]
    fn demo_answers_pass() {
        let pairs = [
            ("first_pet", "Rex"),
            ("birth_city", "Lagos"),
            ("favorite_teacher", "Ms Rivera"),
        ];
        assert!(check_questions(&pairs).is_empty());
    }

    #[test]
    fn each_rule_fires() {
        let r = check_questions(&[
            ("first_pet", "rex"),
            ("first_pet", "max"),
            ("birth_city", "lagos"),
        ]);
        assert!(r.contains(&QuestionReason::QuestionsRepeated));
        let r = check_questions(&[
            ("first_pet", "rex"),
            ("no_such", "max"),
            ("birth_city", "lagos"),
        ]);
        assert!(r.contains(&QuestionReason::QuestionsInvalid));
        let r = check_questions(&[("first_pet", "rex")]);
        assert!(r.contains(&QuestionReason::QuestionsInvalid));
        let r = check_questions(&[
            ("first_pet", "ab"),
            ("favorite_book", "dune"),
            ("birth_city", "lagos"),
        ]);
        assert!(r.contains(&QuestionReason::AnswerLength));
        let r = check_questions(&[
            ("first_pet", "Rex"),
            ("favorite_book", "rex "),
            ("birth_city", "lagos"),
        ]);
        assert!(r.contains(&QuestionReason::AnswersRepeated));
        let r = check_questions(&[
            ("first_pet", "my pet rex"),
            ("favorite_book", "dune"),
            ("birth_city", "lagos"),
        ]);
        assert!(r.contains(&QuestionReason::AnswerHasQuestionWords));
    }
}
