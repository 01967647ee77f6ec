import type { Feature } from "../feature.js";
import { questionCommands } from "./commands.js";

/** Questions answered from the regulation, and the regulation read directly. */
export const questionsFeature: Feature = { name: "questions", commands: questionCommands, dialogs: [] };
