//! The security-question catalog. Ids are the contract; the kiosk holds each question's text
//! in its locale files under `question-<id>`. `words` are the question's own significant
//! words, which an answer must not contain.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub words: &'static [&'static str],
}

pub const QUESTIONS: &[Question] = &[
    Question {
        id: "first_pet",
        words: &["first", "pet", "name"],
    },
    Question {
        id: "birth_city",
        words: &["city", "born", "birth"],
    },
    Question {
        id: "favorite_teacher",
        words: &["favorite", "teacher"],
    },
    Question {
        id: "favorite_book",
        words: &["favorite", "book"],
    },
    Question {
        id: "favorite_food",
        words: &["favorite", "food"],
    },
    Question {
        id: "best_friend",
        words: &["best", "friend", "name"],
    },
    Question {
        id: "first_school",
        words: &["first", "school"],
    },
    Question {
        id: "favorite_sport",
        words: &["favorite", "sport"],
    },
    Question {
        id: "favorite_place",
        words: &["favorite", "place"],
    },
    Question {
        id: "favorite_movie",
        words: &["favorite", "movie"],
    },
    Question {
        id: "favorite_animal",
        words: &["favorite", "animal"],
    },
    Question {
        id: "dream_job",
        words: &["dream", "job"],
    },
    Question {
        id: "favorite_game",
        words: &["favorite", "game"],
    },
    Question {
        id: "grandmother_name",
        words: &["grandmother", "name"],
    },
];

pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn at_least_twelve_distinct_questions() {
        let ids: HashSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
        assert!(ids.len() >= 12);
        assert_eq!(ids.len(), QUESTIONS.len());
    }

    #[test]
    fn demo_questions_exist() {
        for id in ["first_pet", "birth_city", "favorite_teacher"] {
            assert!(find(id).is_some(), "{id}");
        }
    }
}
