import { wireFeatures } from "../../handlers/app.js";
import { helpText } from "../../handlers/basic.js";

/** What /help shows a person with no committee role, as the real command table builds it. */
export const MEMBER_HELP = helpText(wireFeatures().commands);
