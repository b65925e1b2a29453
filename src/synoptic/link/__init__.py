"""The link stage: what looks across articles. Copies and translations of one report
(`dedup`, `align`, `anchors`), stories (`stories` and its parts `features`, `scoring`,
`events`, `online`), and a story's canonical entities and merged quotes (`entities`,
`quotes`)."""
