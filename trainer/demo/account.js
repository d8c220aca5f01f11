window.YTD.account.part0 = [
  {
    "account" : {
      "createdVia" : "web",
      "username" : "sunnydale_bakes",
      "accountId" : "1499218305520693249",
      "createdAt" : "2022-03-03T14:12:09.000Z",
      "accountDisplayName" : "Sunnydale Bakes 🍞"
    }
  }
]
