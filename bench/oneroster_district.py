#!/usr/bin/env python3
"""Writes a synthetic OneRoster 1.1 district of N students (and a parent for two in three)
into a folder, for timing `account-service import-roster`.

    bench/oneroster_district.py N DIR
"""
import csv, os, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
first = ["Ava", "Liam", "Sofia", "Noah", "Mei", "Amir", "Rahima", "Jean", "Olga", "Kwame", "Lucía", "Minh"]
last = ["Rivera", "Khan", "Lin", "Begum", "Pierre", "Okafor", "Cohen", "Haddad", "Ivanova", "Kim", "Núñez", "Diallo"]
users_cols = ["sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username", "userIds",
              "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password"]
demo_cols = ["sourcedId", "status", "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative", "asian",
             "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces",
             "hispanicOrLatinoEthnicity", "countryOfBirthCode", "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"]
schools = 1600
with open(f"{out}/orgs.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"])
    for s in range(schools):
        w.writerow([f"org-{s}", "", "2026-11-30", f"P.S. {s} Sample School", "school", f"S{s:04d}", ""])
with open(f"{out}/users.csv", "w", newline="") as fu, open(f"{out}/demographics.csv", "w", newline="") as fd:
    u, d = csv.writer(fu), csv.writer(fd)
    u.writerow(users_cols)
    d.writerow(demo_cols)
    for i in range(n):
        g, fam = rng.choice(first), rng.choice(last)
        user = f"{g[:3]}{fam[:1]}{i:07d}".replace("í", "i")
        u.writerow([f"stu-{i}", "", "2026-11-30", "true", f"org-{i % schools}", "student", user, "", g, fam, "",
                    f"{400000000 + i}", "", "", "", "", "05", ""])
        d.writerow([f"stu-{i}", "", "2026-11-30", f"{2008 + i % 12}-{1 + i % 12:02d}-{1 + i % 28:02d}"] + [""] * 12)
    for p in range(0, n - 1, 3):
        u.writerow([f"par-{p}", "", "2026-11-30", "true", f"org-{p % schools}", "parent", "", "", rng.choice(first),
                    rng.choice(last), "", "", f"parent{p}@example.org", "", "", f"stu-{p},stu-{p + 1}", "", ""])
