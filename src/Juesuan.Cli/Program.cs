using Juesuan.Cli;

return JuesuanCommand.Run(args, Console.Out, Console.Error);
