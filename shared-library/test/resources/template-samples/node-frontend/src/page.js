// The page's text, built into dist/index.html.
exports.title = (version) => `Storefront ${version}`;
